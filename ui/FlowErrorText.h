#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

// Translated, plain explanations of why a connect flow failed, keyed by the broker's stable
// error codes. The broker's English message is kept as a detail for codes without one.
class FlowErrorText
{
    Q_DECLARE_TR_FUNCTIONS(FlowErrorText)

public:
    // Returns one or two sentences for a person: what happened and what to do next.
    static QString explain(const Error &error);
};
