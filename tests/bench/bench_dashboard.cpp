// Measures whether an open Dashboard page slows the local API. Starts a real broker on its
// BrokerThread with the OpenID Connect test server, makes a connection, opens the MainWindow
// and runs `wrk -t1 -c16` against GET /api/tokens/<session_id>, alternating between the
// Dashboard page and the Providers page, three runs each. Prints requests/s of every run, the
// two medians and their ratio (dashboard / providers).
//
//   bench_dashboard [--seconds N, default 8] [--wrk-cpu CPU]
//
// Run it through tests/bench/bench_dashboard.sh, which supplies the keyring and the X server.
// Exits 1 when a run fails or the charts did not paint while the Dashboard page was shown.

#include "Broker.h"
#include "BrokerFixture.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "MetricsChart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int Connections = 16;
constexpr int RunsPerPage = 3;

// Counts paint events of one widget, to show that the charts really paint while measured.
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Runs the event loop for `milliseconds`, so that queued samples arrive and pages repaint.
void runEventLoop(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// Ten minutes of one-second samples ending now, so that every redraw draws a full window of
// 600 points, as on a dashboard that has been open for ten minutes.
QList<MetricsSample> fullHistory()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<MetricsSample> samples;
    for (int age = DashboardPage::WindowSeconds - 1; age >= 0; --age) {
        MetricsSample sample;
        sample.time = now.addSecs(-age);
        sample.requestsPerSecond = 1000 + (age % 60) * 50;
        sample.latencyP50Ms = 0.3 + (age % 7) * 0.05;
        sample.latencyP95Ms = 1.0 + (age % 11) * 0.1;
        sample.latencyP99Ms = 2.0 + (age % 13) * 0.2;
        sample.openConnections = 16;
        sample.residentMemoryBytes = qint64(40 + age % 5) * 1024 * 1024;
        samples.append(sample);
    }
    return samples;
}

struct WrkRun
{
    double requestsPerSecond = 0;
    QString error;
};

// Runs wrk while this thread's event loop keeps running, so the window paints meanwhile.
WrkRun runWrk(const QUrl &url, int seconds, int cpu)
{
    QStringList arguments = {u"-t1"_s, u"-c%1"_s.arg(Connections), u"-d%1s"_s.arg(seconds), url.toString()};
    QString program = u"wrk"_s;
    if (cpu >= 0) {
        arguments.prepend(program);
        arguments.prepend(QString::number(cpu));
        arguments.prepend(u"-c"_s);
        program = u"taskset"_s;
    }

    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    QEventLoop loop;
    QObject::connect(&wrk, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&wrk, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start((seconds + 15) * 1000);
    wrk.start(program, arguments);
    loop.exec();

    WrkRun run;
    if (wrk.state() != QProcess::NotRunning) {
        wrk.kill();
        wrk.waitForFinished(2000);
        run.error = u"wrk did not finish within %1 s"_s.arg(seconds + 15);
        return run;
    }
    const QString output = QString::fromLocal8Bit(wrk.readAll());
    if (wrk.exitStatus() != QProcess::NormalExit || wrk.exitCode() != 0) {
        run.error = u"%1 failed (exit code %2): %3 %4"_s.arg(program).arg(wrk.exitCode()).arg(wrk.errorString(), output);
        return run;
    }
    // Failed requests are fast, so a rate with failures in it would flatter the broker.
    if (output.contains(u"Non-2xx"_s) || output.contains(u"Socket errors"_s)) {
        run.error = u"wrk reported failed requests: %1"_s.arg(output);
        return run;
    }
    const QRegularExpressionMatch match = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(output);
    if (!match.hasMatch()) {
        run.error = u"wrk printed no Requests/sec line: %1"_s.arg(output);
        return run;
    }
    run.requestsPerSecond = match.captured(1).toDouble();
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures GET /api/tokens with the Dashboard page shown and hidden."_s);
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"Length of each wrk run in seconds, 1 to 15."_s,
                                           u"seconds"_s, u"8"_s);
    const QCommandLineOption cpuOption(u"wrk-cpu"_s, u"Pin wrk to this CPU with taskset; unpinned by default."_s,
                                       u"cpu"_s, u"-1"_s);
    parser.addOption(secondsOption);
    parser.addOption(cpuOption);
    parser.process(app);

    bool valid = false;
    const int seconds = parser.value(secondsOption).toInt(&valid);
    // At 15 s per run the six runs take 90 s, and the set-up and page switches add about 15 s.
    if (!valid || seconds < 1 || seconds > 15) {
        std::fprintf(stderr, "bench: invalid --seconds %s; use 1 to 15\n", qPrintable(parser.value(secondsOption)));
        return 2;
    }
    const int cpu = parser.value(cpuOption).toInt(&valid);
    if (!valid || cpu < -1) {
        std::fprintf(stderr, "bench: invalid --wrk-cpu %s; use a CPU number\n", qPrintable(parser.value(cpuOption)));
        return 2;
    }

    QElapsedTimer total;
    total.start();

    BrokerFixture fixture;
    std::unique_ptr<MainWindow> window;
    fixture.setBeforeStart([&window, &fixture](Broker *broker) {
        window = std::make_unique<MainWindow>(broker, fixture.dataDir() + u"/settings.ini"_s, fixture.dataDir());
        window->resize(1180, 720);
        window->show();
    });
    const QString started = fixture.start(OidcServer::Options{}, RefreshPolicy{});
    if (!started.isEmpty()) {
        std::fprintf(stderr, "bench: the broker or the OIDC test server did not start: %s\n", qPrintable(started));
        return 1;
    }
    QString error;
    const QString sessionId = fixture.connectAccount(BrokerFixture::ProviderName, u"alice"_s, &error);
    if (sessionId.isEmpty()) {
        std::fprintf(stderr, "bench: the connection through the OIDC test server failed: %s\n", qPrintable(error));
        return 1;
    }
    const QUrl url = fixture.apiUrl(u"/api/tokens/"_s + sessionId);
    const BrokerFixture::HttpResult probe = BrokerFixture::get(url);
    if (probe.status != 200) {
        std::fprintf(stderr, "bench: GET /api/tokens returned status %d\n", probe.status);
        return 1;
    }

    // The first showing requests the broker's history. Once that has arrived, a full ten
    // minutes replaces it, so the charts draw as many points as they ever do.
    window->showPage(MainWindow::DashboardPageIndex);
    runEventLoop(1500);
    window->dashboardPage()->setHistory(fullHistory());

    PaintCounter paints;
    window->dashboardPage()->chart(0)->viewport()->installEventFilter(&paints);

    std::printf("wrk -t1 -c%d -d%ds against GET /api/tokens/<session_id>, wrk %s, response %lld bytes\n",
                Connections, seconds, cpu >= 0 ? qPrintable(u"on CPU %1"_s.arg(cpu)) : "unpinned",
                static_cast<long long>(probe.body.size()));
    std::printf("%-4s %-10s %14s %14s %12s\n", "run", "page", "requests/s", "chart paints", "samples in");
    std::fflush(stdout);

    QList<double> dashboardRates;
    QList<double> providersRates;
    bool chartsPainted = true;
    for (int run = 1; run <= 2 * RunsPerPage; ++run) {
        // Alternating pages spreads the machine's changing load over both cases.
        const bool dashboard = run % 2 == 1;
        window->showPage(dashboard ? MainWindow::DashboardPageIndex : MainWindow::ProvidersPageIndex);
        runEventLoop(1000);

        const int paintsBefore = paints.count;
        const QDateTime newestBefore = window->dashboardPage()->history().last().time;
        const WrkRun result = runWrk(url, seconds, cpu);
        if (!result.error.isEmpty()) {
            std::fprintf(stderr, "bench: run %d: %s\n", run, qPrintable(result.error));
            return 1;
        }
        const int chartPaints = paints.count - paintsBefore;
        qsizetype samplesIn = 0;
        for (const MetricsSample &sample : window->dashboardPage()->history()) {
            if (sample.time > newestBefore)
                ++samplesIn;
        }
        (dashboard ? dashboardRates : providersRates).append(result.requestsPerSecond);
        if (dashboard && chartPaints < seconds / 2)
            chartsPainted = false;
        std::printf("%-4d %-10s %14.0f %14d %12lld\n", run, dashboard ? "dashboard" : "providers",
                    result.requestsPerSecond, chartPaints, static_cast<long long>(samplesIn));
        std::fflush(stdout);
    }

    const double dashboardMedian = median(dashboardRates);
    const double providersMedian = median(providersRates);
    std::printf("median requests/s: dashboard %.0f, providers %.0f, ratio dashboard/providers %.3f\n",
                dashboardMedian, providersMedian, dashboardMedian / providersMedian);
    std::printf("total time %.0f s\n", double(total.elapsed()) / 1000.0);

    fixture.stopBroker();
    window.reset();
    if (!chartsPainted) {
        std::fprintf(stderr, "bench: the charts painted fewer than once every two seconds while the Dashboard "
                             "page was shown; run under an X server (bench_dashboard.sh uses xvfb-run)\n");
        return 1;
    }
    return 0;
}
