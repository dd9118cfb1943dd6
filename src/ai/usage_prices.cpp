#include "usage_prices.h"

#include "ai_log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mirrorstage::ai {

QString UsagePrices::builtInPath()
{
    return QStringLiteral(":/mirrorstage/ai/prices.json");
}

UsagePrices UsagePrices::builtIn()
{
    QString error;
    std::optional<UsagePrices> prices = load(builtInPath(), &error);
    if (!prices) {
        qCWarning(lcAi).noquote() << error;
        return {};
    }
    return *prices;
}

std::optional<UsagePrices> UsagePrices::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The price file is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString currency = root.value(QStringLiteral("currency")).toString(QStringLiteral("USD"));
    if (currency != QStringLiteral("USD")) {
        *error = tr("The price file is in %1; only USD is supported.").arg(currency);
        return std::nullopt;
    }
    if (!root.value(QStringLiteral("prices")).isArray()) {
        *error = tr("The price file needs \"prices\": an array of {provider, model, input_per_million, "
                    "output_per_million}.");
        return std::nullopt;
    }
    UsagePrices result;
    const QJsonArray entries = root.value(QStringLiteral("prices")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        ModelPrice price{entry.value(QStringLiteral("provider")).toString(), entry.value(QStringLiteral("model")).toString(),
                         entry.value(QStringLiteral("input_per_million")).toDouble(-1),
                         entry.value(QStringLiteral("output_per_million")).toDouble(-1)};
        if (price.provider.isEmpty() || price.model.isEmpty() || price.inputPerMillion < 0
            || price.outputPerMillion < 0) {
            *error = tr("prices[%1] needs a provider, a model and two prices of 0 or more "
                        "(input_per_million, output_per_million).").arg(i);
            return std::nullopt;
        }
        result.m_prices.append(price);
    }
    return result;
}

std::optional<UsagePrices> UsagePrices::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the price file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    std::optional<UsagePrices> prices = parse(file.readAll(), error);
    if (!prices)
        *error = path + QStringLiteral(": ") + *error;
    return prices;
}

std::optional<ModelPrice> UsagePrices::priceFor(const QString &provider, const QString &model) const
{
    std::optional<ModelPrice> best;
    std::optional<ModelPrice> wildcard;
    for (const ModelPrice &price : m_prices) {
        if (price.provider.compare(provider, Qt::CaseInsensitive) != 0)
            continue;
        if (price.model.compare(model, Qt::CaseInsensitive) == 0)
            return price;
        if (price.model == QStringLiteral("*"))
            wildcard = price;
        else if (model.startsWith(price.model + QLatin1Char('-'), Qt::CaseInsensitive)
                 && (!best || price.model.size() > best->model.size()))
            best = price;
    }
    return best ? best : wildcard;
}

std::optional<double> UsagePrices::costUsd(const TokenUsage &usage) const
{
    const std::optional<ModelPrice> price = priceFor(usage.provider, usage.model);
    if (!price)
        return std::nullopt;
    return (double(usage.inputTokens) * price->inputPerMillion + double(usage.outputTokens) * price->outputPerMillion)
        / 1'000'000.0;
}

}  // namespace mirrorstage::ai
