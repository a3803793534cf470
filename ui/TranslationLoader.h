#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

// Chooses and loads the GUI's translation, compiled in under :/i18n.
class TranslationLoader
{
public:
    // Returns the locale to use: `setting` ("de", "zh_CN", "en") when set, else the system's.
    static QLocale localeFor(const QString &setting);
    // Loads securecontext_<lang>.qm for `locale` into `translator`, or the English plural
    // forms when no translation for `locale` exists. Returns false only when neither loads.
    static bool load(QTranslator &translator, const QLocale &locale);
};
