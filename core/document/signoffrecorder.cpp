// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoffrecorder.h"

#include "document/plandocument.h"
#include "model/plan.h"
#include "rules/planfingerprint.h"

#include <algorithm>

namespace accord {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<SignOffRecording> SignOffRecorder::prepare(const Plan &plan, const QDate &date,
    const std::vector<qint64> &signatoryIds, const QDate &today)
{
    if (!date.isValid())
        return Error {tr("Choose the date of the sign-off.")};
    if (date > today)
        return Error {tr("The sign-off date %1 is in the future. A sign-off records signatures "
                         "that have been given; record it on the day they are.")
                          .arg(isoDate(date))};
    if (const SignOff *latest = latestSignOff(plan); latest && date < latest->date)
        return Error {tr("The sign-off date %1 is before the latest sign-off (%2). Record "
                         "sign-offs in the order they were given.")
                          .arg(isoDate(date), isoDate(latest->date))};
    if (plan.header.version.trimmed().isEmpty())
        return Error {tr("The plan has no version. Set its version under Document info before "
                         "recording a sign-off, so the signed version can be named.")};
    if (signatoryIds.empty())
        return Error {tr("Choose at least one signatory.")};
    for (const qint64 id : signatoryIds) {
        const bool present = std::any_of(plan.signatories.begin(), plan.signatories.end(),
            [id](const Signatory &s) { return s.id.value == id; });
        if (!present)
            return Error {tr("A chosen signatory (row %1) is no longer in the plan.").arg(id)};
    }

    SignOffRecording recording;
    Plan signedPlan = plan;
    for (std::size_t i = 0; i < signedPlan.signatories.size(); ++i) {
        Signatory &s = signedPlan.signatories[i];
        if (std::find(signatoryIds.begin(), signatoryIds.end(), s.id.value) == signatoryIds.end())
            continue;
        if (s.name.trimmed().isEmpty())
            return Error {tr("Signatory %1 (%2) has no name. Enter the name on the Sign-off "
                             "page, or leave this signatory out.")
                              .arg(i + 1)
                              .arg(enumLabel(s.side))};
        recording.signOff.signatories.append(signatoryText(s));
        if (s.signedOn != date) {
            s.signedOn = date;
            recording.changes.push_back(Change::set<&Signatory::signedOn>(s.id, date));
        }
    }

    const QByteArray content = planContent(signedPlan);
    const PlanTable &table = tableOf<SignOff>();
    SignOff &signOff = recording.signOff;
    signOff.id = RowId(table.nextRowId(plan));
    signOff.date = date;
    signOff.version = plan.header.version.trimmed();
    signOff.fingerprint = contentFingerprint(content);
    signOff.snapshot = QString::fromUtf8(content);

    recording.changes.push_back(Change::insert(table.rowCount(plan), signOff));
    return recording;
}

Result<void> SignOffRecorder::record(PlanDocument &document, const QDate &date,
    const std::vector<qint64> &signatoryIds, const QDate &today)
{
    auto recording = prepare(document.plan(), date, signatoryIds, today);
    if (!recording)
        return Error {recording.error()};
    return document.edit(recording->changes, tr("Record sign-off"));
}

QString SignOffRecorder::signatoryText(const Signatory &signatory)
{
    const QString name = signatory.name.trimmed();
    const QString title = signatory.title.trimmed();
    const QString side = enumLabel(signatory.side);
    if (title.isEmpty())
        return tr("%1 (%2)", "signatory: name (side)").arg(name, side);
    return tr("%1, %2 (%3)", "signatory: name, title (side)").arg(name, title, side);
}

SignOffStatus SignOffRecorder::status(const Plan &plan)
{
    SignOffStatus status;
    const SignOff *latest = latestSignOff(plan);
    if (!latest)
        return status;
    status.latest = *latest;
    status.state = latest->fingerprint == planFingerprint(plan)
        ? SignOffStatus::State::Signed
        : SignOffStatus::State::ChangedSinceSigned;
    return status;
}

QString SignOffRecorder::describe(const Plan &plan)
{
    const SignOffStatus s = status(plan);
    switch (s.state) {
    case SignOffStatus::State::NotSigned:
        break;
    case SignOffStatus::State::Signed:
        return tr("Signed %1, version %2, fingerprint %3…")
            .arg(isoDate(s.latest.date), s.latest.version, shortFingerprint(s.latest.fingerprint));
    case SignOffStatus::State::ChangedSinceSigned:
        return tr("Changed since signed on %1 (version %2)")
            .arg(isoDate(s.latest.date), s.latest.version);
    }
    return tr("Not signed");
}

} // namespace accord
