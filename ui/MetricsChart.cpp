#include "MetricsChart.h"

#include <QApplication>
#include <QChart>
#include <QLineSeries>
#include <QPalette>
#include <QValueAxis>

#include <cmath>

MetricsChart::MetricsChart(const QString &title, const QStringList &seriesNames, const QString &unit, QWidget *parent)
    : QChartView(parent)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(seriesNames.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    // The chart follows the system palette instead of a fixed Qt Charts theme, so it reads
    // in light and dark modes.
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelColor(palette.text().color());

    m_x->setTitleText(tr("seconds ago"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(unit);
    // %g prints up to six digits without an exponent, so 15000 reads as 15000, not 1.5e+04.
    m_y->setLabelFormat(QStringLiteral("%g"));
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsBrush(palette.text());
        axis->setTitleBrush(palette.text());
        axis->setGridLineColor(palette.mid().color());
    }
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);

    for (const QString &name : seriesNames) {
        auto *series = new QLineSeries(chart);
        series->setName(name);
        chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_series.append(series);
    }

    // QChartView starts with a chart of its own, and setChart() releases it without deleting it.
    QChart *defaultChart = this->chart();
    setChart(chart);
    delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(title);
    setMinimumHeight(170);
    setRanges(600, 1);
}

void MetricsChart::setSeriesPoints(int series, const QList<QPointF> &points)
{
    if (series >= 0 && series < m_series.size())
        m_series.at(series)->replace(points);
}

void MetricsChart::setRanges(int seconds, double maxValue)
{
    m_x->setRange(-seconds, 0);
    // Round the top up to 1, 2 or 5 times a power of ten, so the labels stay readable.
    double top = 1;
    if (maxValue > 0) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(maxValue)));
        top = magnitude;
        for (double step : {1.0, 2.0, 5.0, 10.0}) {
            top = step * magnitude;
            if (top >= maxValue * 1.05)
                break;
        }
    }
    m_y->setRange(0, top);
}

qsizetype MetricsChart::pointCount(int series) const
{
    return series >= 0 && series < m_series.size() ? m_series.at(series)->count() : 0;
}
