#pragma once

#include <QString>
#include <QWidget>

// Returns the first child of `parent` of type T whose accessible name is `accessibleName`,
// or nullptr. The widget tests find controls the way a screen reader names them.
template<typename T>
T *childNamed(QWidget *parent, const QString &accessibleName)
{
    const QList<T *> children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == accessibleName)
            return child;
    }
    return nullptr;
}
