#include "DashboardPage.h"

#include "MetricsChart.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;


DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_pause(new QPushButton(tr("&Pause"), this))
{
    auto *title = new QLabel(tr("<h2>Dashboard</h2>"), this);

    auto *figures = new QGridLayout;
    addFigure(figures, 0, u"requests"_s, tr("Requests/s"));
    addFigure(figures, 1, u"latency"_s, tr("Latency p50 / p95 / p99"));
    addFigure(figures, 2, u"errors"_s, tr("Errors/s"));
    addFigure(figures, 3, u"connections"_s, tr("Open connections"));
    addFigure(figures, 4, u"refreshes"_s, tr("Refreshes/s"));
    addFigure(figures, 5, u"memory"_s, tr("Memory"));

    m_pause->setCheckable(true);
    m_pause->setAccessibleName(tr("Pause the charts"));
    m_pause->setToolTip(tr("Stop redrawing the charts; samples are still collected"));
    connect(m_pause, &QPushButton::toggled, this, &DashboardPage::setPaused);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_pause);

    m_charts = {
        new MetricsChart(tr("Requests per second"), {tr("requests")}, tr("1/s"), this),
        new MetricsChart(tr("Latency"), {u"p50"_s, u"p95"_s, u"p99"_s}, tr("ms"), this),
        new MetricsChart(tr("Errors per second"), {tr("errors")}, tr("1/s"), this),
        new MetricsChart(tr("Open connections"), {tr("connections")}, QString(), this),
        new MetricsChart(tr("Refreshes per second"), {tr("refreshes")}, tr("1/s"), this),
        new MetricsChart(tr("Memory"), {tr("resident")}, tr("MiB"), this),
    };
    auto *grid = new QGridLayout;
    for (int i = 0; i < m_charts.size(); ++i)
        grid->addWidget(m_charts.at(i), i / 2, i % 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addLayout(grid, 1);
    updateHeader(MetricsSample{});
}

QLabel *DashboardPage::addFigure(QGridLayout *grid, int column, const QString &key, const QString &caption)
{
    auto *captionLabel = new QLabel(caption, this);
    auto *value = new QLabel(this);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    value->setFont(font);
    value->setAccessibleName(caption);
    value->setTextFormat(Qt::PlainText);
    grid->addWidget(captionLabel, 0, column);
    grid->addWidget(value, 1, column);
    m_figures.insert(key, value);
    return value;
}

QString DashboardPage::headerText(const QString &key) const
{
    const QLabel *label = m_figures.value(key);
    return label ? label->text() : QString();
}

void DashboardPage::addSample(const MetricsSample &sample)
{
    m_history.append(sample);
    const QDateTime oldest = sample.time.addSecs(-WindowSeconds);
    while (!m_history.isEmpty() && m_history.first().time <= oldest)
        m_history.removeFirst();

    updateHeader(sample);
    if (!m_paused)
        redraw();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_historyRequested) {
        m_historyRequested = true;
        Q_EMIT historyRequested();
    }
}

void DashboardPage::setHistory(const QList<MetricsSample> &samples)
{
    // Samples that arrived live after the history was taken stay at the end.
    QList<MetricsSample> merged = samples;
    const QDateTime last = samples.isEmpty() ? QDateTime() : samples.last().time;
    for (const MetricsSample &sample : std::as_const(m_history)) {
        if (last.isValid() && sample.time > last)
            merged.append(sample);
    }
    m_history = merged.size() > WindowSeconds ? merged.mid(merged.size() - WindowSeconds) : merged;
    updateHeader(m_history.isEmpty() ? MetricsSample{} : m_history.last());
    redraw();
}

void DashboardPage::setPaused(bool paused)
{
    m_paused = paused;
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setAccessibleName(paused ? tr("Resume the charts") : tr("Pause the charts"));
    if (!paused)
        redraw();
}

void DashboardPage::updateHeader(const MetricsSample &sample)
{
    const QLocale locale;
    m_figures.value(u"requests"_s)->setText(locale.toString(sample.requestsPerSecond, 'f', 0));
    m_figures.value(u"latency"_s)->setText(tr("%1 / %2 / %3 ms")
                                              .arg(locale.toString(sample.latencyP50Ms, 'f', 2),
                                                   locale.toString(sample.latencyP95Ms, 'f', 2),
                                                   locale.toString(sample.latencyP99Ms, 'f', 2)));
    m_figures.value(u"errors"_s)->setText(locale.toString(sample.errorsPerSecond, 'f', 0));
    m_figures.value(u"connections"_s)->setText(locale.toString(sample.openConnections));
    m_figures.value(u"refreshes"_s)->setText(locale.toString(sample.refreshesPerSecond, 'f', 1));
    m_figures.value(u"memory"_s)->setText(sample.residentMemoryBytes > 0
                                              ? locale.formattedDataSize(sample.residentMemoryBytes)
                                              : tr("n/a", "memory not reported"));
}

void DashboardPage::redraw()
{
    using Value = std::function<double(const MetricsSample &)>;
    const QList<QList<Value>> lines = {
        {[](const MetricsSample &s) { return s.requestsPerSecond; }},
        {[](const MetricsSample &s) { return s.latencyP50Ms; }, [](const MetricsSample &s) { return s.latencyP95Ms; },
         [](const MetricsSample &s) { return s.latencyP99Ms; }},
        {[](const MetricsSample &s) { return s.errorsPerSecond; }},
        {[](const MetricsSample &s) { return double(s.openConnections); }},
        {[](const MetricsSample &s) { return s.refreshesPerSecond; }},
        {[](const MetricsSample &s) { return double(s.residentMemoryBytes) / (1024.0 * 1024.0); }},
    };

    // x is the age of the sample in seconds relative to the newest one, so the newest point
    // sits at 0 and the chart scrolls without touching the axis.
    const QDateTime newest = m_history.isEmpty() ? QDateTime() : m_history.last().time;
    for (int chart = 0; chart < m_charts.size(); ++chart) {
        double maxValue = 0;
        for (int line = 0; line < lines.at(chart).size(); ++line) {
            QList<QPointF> points;
            points.reserve(m_history.size());
            for (const MetricsSample &sample : m_history) {
                const double value = lines.at(chart).at(line)(sample);
                maxValue = std::max(maxValue, value);
                points.append(QPointF(-double(sample.time.secsTo(newest)), value));
            }
            m_charts.at(chart)->setSeriesPoints(line, points);
        }
        m_charts.at(chart)->setRanges(WindowSeconds, maxValue);
    }
}
