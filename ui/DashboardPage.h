#pragma once

#include "metrics/MetricsSample.h"

#include <QHash>
#include <QList>
#include <QWidget>

class MetricsChart;
class QLabel;
class QPushButton;

// Live charts of the local API, one point a second over the last 10 minutes, with the
// current second's figures in a header row. Samples arrive through addSample(), once a
// second from Broker::metricsSampled; Pause keeps collecting them but stops redrawing until
// Resume.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int WindowSeconds = 600;

    explicit DashboardPage(QWidget *parent = nullptr);

    bool isPaused() const { return m_paused; }
    const QList<MetricsSample> &history() const { return m_history; }
    // The header figure named `key` ("requests", "latency", "errors", "connections",
    // "refreshes", "memory") as shown.
    QString headerText(const QString &key) const;
    MetricsChart *chart(int index) const { return m_charts.value(index); }

public Q_SLOTS:
    void addSample(const MetricsSample &sample);
    void setHistory(const QList<MetricsSample> &samples);
    void setPaused(bool paused);

Q_SIGNALS:
    // The page is shown for the first time and needs the samples of the last 10 minutes.
    void historyRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void redraw();
    void updateHeader(const MetricsSample &sample);
    QLabel *addFigure(class QGridLayout *grid, int column, const QString &key, const QString &caption);

    QList<MetricsSample> m_history;
    QList<MetricsChart *> m_charts;
    QHash<QString, QLabel *> m_figures;
    QPushButton *m_pause;
    bool m_paused = false;
    bool m_historyRequested = false;
};
