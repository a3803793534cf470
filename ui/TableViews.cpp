#include "TableViews.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <memory>

namespace TableViews {

QTableView *create(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->setAccessibleName(accessibleName);
    return view;
}

int selectedRow(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void keepSelectionAcrossResets(QTableView *view, std::function<QString(int row)> keyOf)
{
    auto selectedKey = std::make_shared<QString>();
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view, [view, keyOf, selectedKey] {
        const int row = selectedRow(view);
        *selectedKey = row >= 0 ? keyOf(row) : QString();
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, model, keyOf, selectedKey] {
        int target = model->rowCount() > 0 ? 0 : -1;
        for (int row = 0; row < model->rowCount() && !selectedKey->isEmpty(); ++row) {
            if (keyOf(row) == *selectedKey)
                target = row;
        }
        if (target >= 0)
            view->selectRow(target);
    });
}

} // namespace TableViews
