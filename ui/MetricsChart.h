#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

// One dashboard chart: a few line series over the last minutes, x in seconds before now.
// setSeriesPoints() replaces a series' data in one call, so an update costs one repaint.
class MetricsChart : public QChartView
{
    Q_OBJECT

public:
    MetricsChart(const QString &title, const QStringList &seriesNames, const QString &unit, QWidget *parent = nullptr);

    void setSeriesPoints(int series, const QList<QPointF> &points);
    // Sets the x range to the last `seconds` and the y range to fit `maxValue`.
    void setRanges(int seconds, double maxValue);
    int seriesCount() const { return int(m_series.size()); }
    qsizetype pointCount(int series) const;

private:
    QList<QLineSeries *> m_series;
    QValueAxis *m_x;
    QValueAxis *m_y;
};
