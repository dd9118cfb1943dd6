// mirrorstage: the MIRROR STAGE console. `--headless` runs the ingest hub and the store without a
// window (servers, tests); the window comes with the desktop console.
#include "console_key.h"
#include "console_settings.h"
#include "hub_service.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#include <cstdio>
#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcApp, "mirrorstage.app")

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
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
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

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MirrorStage"));
    QCoreApplication::setApplicationName(QStringLiteral("mirrorstage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIRRORSTAGE_VERSION));
    stopOnSignals();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "MIRROR STAGE console."));
    parser.addHelpOption();
    parser.addVersionOption();
    app::ConsoleSettingsLoader::addOptions(parser);
    parser.process(app);

    app::ConsoleSettings settings;
    QString error;
    if (!app::ConsoleSettingsLoader::load(parser, settings, &error))
        return fail(error);
    if (!settings.headless)
        return fail(QCoreApplication::translate("main", "this build has no window yet; run `mirrorstage --headless`"));
    raiseFileLimit();

    const QString databasePath = settings.databasePath.isEmpty() ? store::Database::defaultPath() : settings.databasePath;
    const store::Database database(databasePath, QStringLiteral("main"));
    if (!database.isOpen())
        return fail(database.errorString());

    std::optional<Ed25519Key> consoleKey = app::ConsoleKey::obtain(settings.keyFile, &error);
    if (!consoleKey)
        return fail(error);
    store::ConsoleIdentity identity(database.connection());
    if (!identity.savePublicKey(consoleKey->publicKey(), &error))
        return fail(error);

    store::WriterOptions writerOptions;
    writerOptions.retention = settings.retention;
    store::StoreWriter writer(databasePath, writerOptions);
    if (!writer.start(&error))
        return fail(error);
    app::HubService hubService(settings.hub, *consoleKey, databasePath, writer);
    if (!hubService.start(&error))
        return fail(error);
    qCInfo(lcApp).noquote() << "console ready; agents connect to" << hubService.listenUrl() << "; database"
                            << databasePath;
    return app.exec();
}
