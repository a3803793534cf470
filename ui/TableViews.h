#pragma once

#include <QString>

#include <functional>

class QAbstractItemModel;
class QTableView;
class QWidget;

// The read-only, row-selecting table the pages share.
namespace TableViews {

QTableView *create(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent);

// Returns the selected row, or -1.
int selectedRow(const QTableView *view);

// Keeps the selected row selected across a model reset, by a key that identifies the row
// (provider name, connection id), and selects the first row when there was no selection.
void keepSelectionAcrossResets(QTableView *view, std::function<QString(int row)> keyOf);

} // namespace TableViews
