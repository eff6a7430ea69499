// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/signoffrecorder.h"

#include <QFrame>

class QLabel;

namespace accord {

class PlanDocument;

// A slim strip above the editor saying whether the plan is still the version
// the customer signed: "Signed on … (version …)" in a calm colour, or "Changed
// since signed on …" in a warning colour. Hidden while the plan was never signed.
class SignOffBanner : public QFrame {
    Q_OBJECT

public:
    explicit SignOffBanner(PlanDocument *document, QWidget *parent = nullptr);

    SignOffStatus::State state() const { return m_state; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyColours();

    PlanDocument *m_document;
    QLabel *m_label;
    SignOffStatus::State m_state = SignOffStatus::State::NotSigned;
    bool m_stale = false;
};

} // namespace accord
