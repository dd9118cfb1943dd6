// mirrorstage: the MIRROR STAGE console: the window over the ingest hub and the store, or with
// `--headless` the same without a window (servers, tests).
#include "console_key.h"
#include "console_settings.h"
#include "console_runtime.h"
#include "main_window.h"
#include "window_session.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QCoreApplication>
#include <QQuick3D>
#include <QSurfaceFormat>
#include <cstring>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace {

using namespace mirrorstage;

int fail(const QString &message)
{
    std::fprintf(stderr, "mirrorstage: %s\n", qPrintable(message));
    return 2;
}

// One socket per agent: let the hub have as many descriptors as the hard limit allows.
void raiseFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// A clean stop on SIGTERM/SIGINT (the writer finishes its transaction, the hub closes its
// sockets): the handler only writes a byte to a pipe, the event loop reads it and quits.
int g_signalPipe[2] = {-1, -1};

void stopOnSignals()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    // Not qApp: with <QApplication> included it downcasts to QApplication, which a headless
    // console's QCoreApplication is not (UBSan rightly stops there).
    QCoreApplication *application = QCoreApplication::instance();
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, application);
    QObject::connect(notifier, &QSocketNotifier::activated, application, [] {
        char byte;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
        }
        qCInfo(lcApp) << "stopping";
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
    };
    ::sigemptyset(&action.sa_mask);
    for (int signal : {SIGINT, SIGTERM})
        ::sigaction(signal, &action, nullptr);
}

// Headless or not decides which application object to make, before any option parsing.
bool wantsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0)
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char *argv[])
{
    const bool headless = wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> application;
    if (headless) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        application = std::make_unique<QApplication>(argc, argv);
        // Qt Quick 3D wants an OpenGL 3.3 (or ES 3) context; ask for it before any window exists
        // (it probes the display, so only once the application is there).
        QSurfaceFormat::setDefaultFormat(QQuick3D::idealSurfaceFormat());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("MirrorStage"));
    QCoreApplication::setApplicationName(QStringLiteral("mirrorstage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRRORSTAGE_VERSION));
    stopOnSignals();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "MIRROR STAGE console."));
    parser.addHelpOption();
    parser.addVersionOption();
    app::ConsoleSettingsLoader::addOptions(parser);
    parser.process(*application);

    app::ConsoleSettings settings;
    QString error;
    if (!app::ConsoleSettingsLoader::load(parser, settings, &error))
        return fail(error);
    raiseFileLimit();

    app::ConsoleRuntime runtime(settings, !headless);
    if (!runtime.start(&error))
        return fail(error);
    qCInfo(lcApp).noquote() << "console ready; agents connect to" << runtime.listenUrl() << "; database"
                            << runtime.databasePath();
    int exitCode = 0;
    if (headless) {
        exitCode = QCoreApplication::exec();
    } else {
        app::WindowSession session(runtime);
        if (!session.start(&error))
            return fail(error);
        session.window()->show();
        QGuiApplication::setQuitOnLastWindowClosed(true);
        exitCode = QCoreApplication::exec();
    }
    runtime.stop();  // the agents first, while the hub still acknowledges what they sent
    return exitCode;
}
