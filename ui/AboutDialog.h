#pragma once

#include <QDialog>

// The program's version and the versions of the libraries it runs with.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Qt 6.4.2", "QtKeychain 0.13.2", "OpenSSL 3.0.x ..." and the app's own version, one a line.
    static QStringList componentVersions();
};
