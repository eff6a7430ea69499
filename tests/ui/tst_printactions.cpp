// SPDX-License-Identifier: GPL-3.0-or-later
#include "../render/popplertools.h"
#include "../support/acmefixture.h"
#include "../support/testdata.h"

#include "document/plandocument.h"
#include "print/exportdialog.h"
#include "print/printactions.h"
#include "report/documentchoice.h"
#include "storage/sqliteworkspace.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace accord;

// File ▸ Export PDF, Print preview and Print on the window.
class TestPrintActions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The window with the Acme plan open.
    std::unique_ptr<MainWindow> acmeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        const QString workspace = m_dir.filePath(
            QStringLiteral("%1.accord").arg(QLatin1String(QTest::currentTestFunction())));
        if (!window->openWorkspace(workspace)
            || !window->importPlan(test::dataPath("acme-corp.yaml")))
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void dialogDefaultsToTheLocalesPaper()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(ReportOptions().paper, PaperSize::Letter);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        QCOMPARE(ReportOptions().paper, PaperSize::Letter);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        ExportDialog dialog(test::acmePlan(), ReportOptions(), {});
        QCOMPARE(dialog.options().paper, PaperSize::A4);
        QVERIFY(!dialog.options().blank);
        QCOMPARE(dialog.options().audience, Audience::Joint);

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("paperSize"));
        auto *blank = dialog.findChild<QCheckBox *>(QStringLiteral("blankTemplate"));
        QVERIFY(paper && blank);
        paper->setCurrentIndex(paper->findData(int(PaperSize::Letter)));
        QTest::mouseClick(blank, Qt::LeftButton, {}, QPoint(4, blank->height() / 2));
        QCOMPARE(dialog.options().paper, PaperSize::Letter);
        QVERIFY(dialog.options().blank);
    }

    void actionsNeedAnOpenPlan()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("empty.accord"))));
        auto *actions = window.findChild<PrintActions *>(QStringLiteral("printActions"));
        QVERIFY(actions);
        QMenu *file = window.menuBar()->findChildren<QMenu *>().value(0);
        QVERIFY(file->actions().contains(actions->exportPdfAction()));
        QVERIFY(file->actions().contains(actions->printPreviewAction()));
        QVERIFY(file->actions().contains(actions->printAction()));
        QVERIFY(!window.document()); // a new workspace, no plan open
        emit file->aboutToShow();
        for (QAction *action :
            {actions->exportPdfAction(), actions->printPreviewAction(), actions->printAction()})
            QVERIFY(!action->isEnabled());
        QVERIFY(!actions->exportPdf(m_dir.filePath(QStringLiteral("none.pdf")), {}));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
        // opening a plan enables them, without the menu being opened
        QVERIFY(window.importPlan(test::dataPath("acme-corp.yaml")));
        for (QAction *action :
            {actions->exportPdfAction(), actions->printPreviewAction(), actions->printAction()})
            QVERIFY(action->isEnabled());
    }

    void exportPdfOfTheOpenPlan()
    {
        auto window = acmeWindow();
        QVERIFY(window);
        auto *actions = window->findChild<PrintActions *>(QStringLiteral("printActions"));
        QVERIFY(actions->exportPdfAction()->isEnabled()); // as soon as the plan is open
        ReportOptions options;
        options.paper = PaperSize::Letter;
        const QString pdf = m_dir.filePath(QStringLiteral("window.pdf"));
        QVERIFY(actions->exportPdf(pdf, options));
        QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Page size")),
            QStringLiteral("612 x 792 pts (letter)"));
        QVERIFY(
            test::pdfText(pdf).contains(QStringLiteral("Report templates configured Mike Torres")));

        options.blank = true;
        const QString blank = m_dir.filePath(QStringLiteral("blank.pdf"));
        QVERIFY(actions->exportPdf(blank, options));
        QVERIFY(!test::pdfText(blank).contains(QStringLiteral("Report templates configured")));
    }

    // Ctrl+Shift+E: the choice of audience and sections shows in the preview, is kept
    // for the plan when the dialog is accepted, and the dialog starts from it next time.
    void theExportDialogRemembersTheChoiceForThePlan()
    {
        auto window = acmeWindow();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const PlanId plan = window->document()->plan().id;
        QVERIFY(window->workspace()->setSetting(
            DocumentChoice::kVendorName, QStringLiteral("Northwind Software")));
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // the customer's document first: no internal sections
            QTRY_VERIFY(dialog->previewPageCount() > 0);
            QVERIFY(!dialog->previewReport().internal);
            auto *internal = dialog->findChild<QRadioButton *>(QStringLiteral("audienceInternal"));
            QTest::mouseClick(internal, Qt::LeftButton, {}, QPoint(6, internal->height() / 2));
            QTRY_VERIFY(dialog->previewReport().internal);
            // leave out the appendix: a click on its check box
            auto *sections = dialog->findChild<QListWidget *>(QStringLiteral("exportSections"));
            QListWidgetItem *appendix
                = sections->findItems(QStringLiteral("Appendix"), {}).value(0);
            QVERIFY(appendix && appendix->checkState() == Qt::Checked);
            sections->scrollToItem(appendix);
            const QRect box = sections->visualItemRect(appendix);
            QTest::mouseClick(sections->viewport(), Qt::LeftButton, {},
                QPoint(box.left() + 10, box.center().y()));
            QCOMPARE(appendix->checkState(), Qt::Unchecked);
            QTRY_VERIFY(std::none_of(dialog->previewReport().blocks.begin(),
                dialog->previewReport().blocks.end(), [](const ReportBlock::Block &b) {
                    const auto *h = std::get_if<ReportBlock::Heading>(&b);
                    return h && h->text == u"Appendix";
                }));
            // the sign-off names our company
            QVERIFY(std::any_of(dialog->previewReport().blocks.begin(),
                dialog->previewReport().blocks.end(), [](const ReportBlock::Block &b) {
                    const auto *h = std::get_if<ReportBlock::Heading>(&b);
                    return h && h->text == u"Vendor: Northwind Software";
                }));
            checked = true;
            // Export…, then cancel the file dialog that follows
            QTimer::singleShot(0, this, [] {
                if (auto *files = QApplication::activeModalWidget())
                    files->close();
            });
            dialog->accept();
        });
        window->findChild<PrintActions *>(QStringLiteral("printActions"))
            ->exportPdfAction()
            ->trigger();
        QVERIFY(checked);
        const Result<ReportOptions> kept = DocumentChoice::load(*window->workspace(), plan);
        QVERIFY(kept);
        QCOMPARE(kept->audience, Audience::Internal);
        QCOMPARE(kept->vendor, QStringLiteral("Northwind Software"));
        QVERIFY(std::find(kept->sections.begin(), kept->sections.end(), ReportSection::Appendix)
            == kept->sections.end());
        QVERIFY(std::find(kept->sections.begin(), kept->sections.end(), ReportSection::Risks)
            != kept->sections.end());
    }

    void printWithPageRange()
    {
        auto window = acmeWindow();
        QVERIFY(window);
        auto *actions = window->findChild<PrintActions *>(QStringLiteral("printActions"));
        const QString all = m_dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(all);
        printer.setPageSize(QPageSize(QPageSize::A4));
        const int pages = actions->printTo(&printer);
        QVERIFY(pages >= 3);
        QCOMPARE(test::pdfPages(all), pages);
        QVERIFY(test::pdfText(all, 1).contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(test::pdfText(all).contains(QStringLiteral("Partnership Objectives")));

        const QString some = m_dir.filePath(QStringLiteral("range.pdf"));
        QPrinter range(QPrinter::HighResolution);
        range.setOutputFormat(QPrinter::PdfFormat);
        range.setOutputFileName(some);
        range.setPrintRange(QPrinter::PageRange);
        range.setFromTo(2, 3);
        QCOMPARE(actions->printTo(&range), 2);
        QCOMPARE(test::pdfPages(some), 2);
        QVERIFY(test::pdfText(some, 1).contains(QStringLiteral("Page 2 of %1").arg(pages)));
    }

    void previewShowsThePages()
    {
        auto window = acmeWindow();
        QVERIFY(window);
        auto *actions = window->findChild<PrintActions *>(QStringLiteral("printActions"));
        int previewPages = -1;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            previewPages = preview ? preview->pageCount() : 0;
            dialog->reject();
        });
        poll.start(50);
        actions->printPreviewAction()->trigger(); // returns when the dialog is closed
        poll.stop();
        QVERIFY2(previewPages >= 3, qPrintable(QString::number(previewPages)));
    }
};

QTEST_MAIN(TestPrintActions)
#include "tst_printactions.moc"
