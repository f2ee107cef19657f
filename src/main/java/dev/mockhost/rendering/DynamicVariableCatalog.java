package dev.mockhost.rendering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import net.datafaker.Faker;

/**
 * Catalog of Postman's dynamic variables ({@code {{$guid}}}, {@code {{$randomFirstName}}}, ...) backed by Datafaker.
 *
 * <p>Keys are the variable names without the leading {@code $}. Every generator draws its randomness from
 * {@link Faker#random()} (directly or through Datafaker providers), so a Faker built with a seeded
 * {@link java.util.Random} yields reproducible values. Only {@code timestamp}, {@code isoTimestamp} and the
 * {@code randomDate*} variables also depend on the wall clock. Word lists assume Faker's default English locale.
 *
 * <p>The list mirrors {@code lib/superstring/dynamic-variables.js} of postmanlabs/postman-collection (118 names).
 */
final class DynamicVariableCatalog {

    private static final String ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String IMAGE_BASE_URL = "https://loremflickr.com/640/480/";

    /** Renders an instant the way JavaScript's {@code Date.prototype.toString()} does for a UTC time zone. */
    private static final DateTimeFormatter JS_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String JS_DATE_ZONE_SUFFIX = " GMT+0000 (Coordinated Universal Time)";
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final List<String> DIRECTORY_PATHS = List.of(
            "/bin", "/boot", "/dev", "/etc", "/etc/default", "/etc/ssl", "/home", "/home/user", "/lib", "/media",
            "/mnt", "/opt", "/opt/local", "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr",
            "/usr/bin", "/usr/include", "/usr/lib", "/usr/local", "/usr/local/bin", "/usr/local/lib", "/usr/sbin",
            "/usr/share", "/usr/src", "/var", "/var/cache", "/var/lib", "/var/log", "/var/mail", "/var/spool",
            "/var/tmp", "/Applications", "/Library", "/System", "/Users", "/private/tmp");
    private static final List<String> DATABASE_COLUMNS = List.of(
            "id", "uuid", "name", "title", "email", "phone", "password", "token", "status", "group", "category",
            "comment", "avatar", "createdAt", "updatedAt", "deletedAt");
    private static final List<String> DATABASE_TYPES = List.of(
            "int", "tinyint", "smallint", "mediumint", "bigint", "decimal", "float", "double", "real", "bit",
            "boolean", "serial", "char", "varchar", "text", "blob", "binary", "enum", "set", "date", "datetime",
            "time", "timestamp", "year", "json", "geometry", "point");
    private static final List<String> DATABASE_COLLATIONS = List.of(
            "utf8_general_ci", "utf8_unicode_ci", "utf8_bin", "utf8mb4_general_ci", "utf8mb4_unicode_ci",
            "utf8mb4_bin", "ascii_general_ci", "ascii_bin", "latin1_swedish_ci", "cp1250_general_ci", "cp1250_bin");
    private static final List<String> DATABASE_ENGINES = List.of(
            "InnoDB", "MyISAM", "MEMORY", "CSV", "ARCHIVE", "BLACKHOLE", "MERGE", "FEDERATED");
    private static final List<String> ACCOUNT_TYPES = List.of(
            "Checking", "Savings", "Money Market", "Credit Card", "Auto Loan", "Home Loan", "Personal Loan",
            "Investment");
    private static final List<String> TRANSACTION_TYPES = List.of("deposit", "withdrawal", "payment", "invoice");
    private static final List<String> COMMON_FILE_TYPES = List.of("application", "audio", "image", "text", "video");
    private static final List<String> COMMON_FILE_EXTENSIONS = List.of(
            "pdf", "doc", "docx", "txt", "csv", "json", "html", "png", "jpg", "jpeg", "gif", "mp3", "wav", "mp4",
            "mpeg", "m2v");

    /** Word sources for {@code $randomWord}, spread over several Datafaker vocabularies like Postman's faker. */
    private static final List<Function<Faker, String>> WORD_SOURCES = List.of(
            f -> f.resolve("commerce.department"),
            f -> f.resolve("commerce.product_name.adjective"),
            f -> f.resolve("commerce.product_name.material"),
            f -> f.resolve("commerce.product_name.product"),
            f -> f.color().name(),
            f -> f.company().buzzword(),
            f -> pickFromGroup(f, "company.buzzwords", 0),
            f -> pickFromGroup(f, "company.bs", 1),
            f -> pickFromGroup(f, "company.bs", 2),
            f -> f.address().streetSuffix(),
            f -> f.address().country(),
            f -> f.address().state(),
            f -> f.money().currency(),
            f -> f.hacker().noun(),
            f -> f.hacker().verb(),
            f -> f.hacker().adjective(),
            f -> f.hacker().ingverb(),
            f -> f.hacker().abbreviation(),
            f -> f.resolve("name.title.descriptor"),
            f -> f.resolve("name.title.level"),
            f -> f.resolve("name.title.job"));

    private DynamicVariableCatalog() {
    }

    static Map<String, Function<Faker, String>> build() {
        Map<String, Function<Faker, String>> m = new LinkedHashMap<>();

        // Common
        put(m, "guid", f -> f.internet().uuidv4());
        put(m, "timestamp", f -> String.valueOf(Math.round(Instant.now().toEpochMilli() / 1000.0)));
        put(m, "isoTimestamp", f -> ISO_MILLIS.format(Instant.now()));
        put(m, "randomUUID", f -> f.internet().uuidv4());

        // Text, numbers and colors
        put(m, "randomAlphaNumeric", f -> String.valueOf(randomChar(f, ALPHANUMERIC)));
        put(m, "randomBoolean", f -> String.valueOf(f.bool().bool()));
        put(m, "randomInt", f -> String.valueOf(f.random().nextInt(0, 1000)));
        put(m, "randomColor", f -> f.color().name());
        put(m, "randomHexColor", f -> "#" + f.random().hex(6).toLowerCase(Locale.ROOT));
        put(m, "randomAbbreviation", f -> f.hacker().abbreviation());

        // Internet and IP addresses
        put(m, "randomIP", f -> f.internet().ipV4Address());
        put(m, "randomIPV6", f -> f.internet().ipV6Address());
        put(m, "randomMACAddress", f -> f.internet().macAddress());
        put(m, "randomPassword", f -> f.text().text(15, 15, true, false, true));
        put(m, "randomLocale", f -> f.languageCode().iso639());
        put(m, "randomUserAgent", f -> f.internet().userAgent());
        put(m, "randomProtocol", f -> f.options().option("http", "https"));
        put(m, "randomSemver", f -> f.numerify("#.#.#"));

        // Names
        put(m, "randomFirstName", f -> f.name().firstName());
        put(m, "randomLastName", f -> f.name().lastName());
        put(m, "randomFullName", f -> f.name().firstName() + " " + f.name().lastName());
        put(m, "randomNamePrefix", f -> f.name().prefix());
        put(m, "randomNameSuffix", f -> f.name().suffix());

        // Profession
        put(m, "randomJobArea", f -> f.resolve("name.title.level"));
        put(m, "randomJobDescriptor", f -> f.resolve("name.title.descriptor"));
        put(m, "randomJobTitle", f -> f.name().title());
        put(m, "randomJobType", f -> f.resolve("name.title.job"));

        // Phone, address and location
        put(m, "randomPhoneNumber", DynamicVariableCatalog::phoneNumber);
        put(m, "randomPhoneNumberExt", f -> f.random().nextInt(1, 99) + "-" + phoneNumber(f));
        put(m, "randomCity", f -> f.address().city());
        put(m, "randomStreetName", f -> f.address().streetName());
        put(m, "randomStreetAddress", f -> f.address().streetAddress());
        put(m, "randomCountry", f -> f.address().country());
        put(m, "randomCountryCode", f -> f.address().countryCode());
        put(m, "randomLatitude", f -> fourDecimals(f.random().nextDouble(-90, 90)));
        put(m, "randomLongitude", f -> fourDecimals(f.random().nextDouble(-180, 180)));

        // Images
        put(m, "randomAvatarImage",
                f -> "https://avatars.githubusercontent.com/u/" + f.random().nextInt(1, 99_999_999));
        put(m, "randomImageUrl", f -> f.internet().image(640, 480));
        put(m, "randomAbstractImage", f -> IMAGE_BASE_URL + "abstract");
        put(m, "randomAnimalsImage", f -> IMAGE_BASE_URL + "animals");
        put(m, "randomBusinessImage", f -> IMAGE_BASE_URL + "business");
        put(m, "randomCatsImage", f -> IMAGE_BASE_URL + "cats");
        put(m, "randomCityImage", f -> IMAGE_BASE_URL + "city");
        put(m, "randomFoodImage", f -> IMAGE_BASE_URL + "food");
        put(m, "randomNightlifeImage", f -> IMAGE_BASE_URL + "nightlife");
        put(m, "randomFashionImage", f -> IMAGE_BASE_URL + "fashion");
        put(m, "randomPeopleImage", f -> IMAGE_BASE_URL + "people");
        put(m, "randomNatureImage", f -> IMAGE_BASE_URL + "nature");
        put(m, "randomSportsImage", f -> IMAGE_BASE_URL + "sports");
        put(m, "randomTransportImage", f -> IMAGE_BASE_URL + "transport");
        put(m, "randomImageDataUri", f -> svgDataUri(640, 480));

        // Finance
        put(m, "randomBankAccount", f -> f.number().digits(8));
        put(m, "randomBankAccountName", f -> pick(f, ACCOUNT_TYPES) + " Account");
        put(m, "randomCreditCardMask", f -> f.number().digits(4));
        put(m, "randomBankAccountBic", f -> f.finance().bic());
        // Datafaker may emit lower-case letters in the account part; upper-casing keeps the mod-97 checksum valid.
        put(m, "randomBankAccountIban", f -> f.finance().iban().toUpperCase(Locale.ROOT));
        put(m, "randomTransactionType", f -> pick(f, TRANSACTION_TYPES));
        put(m, "randomCurrencyCode", f -> f.money().currencyCode());
        put(m, "randomCurrencyName", f -> f.money().currency());
        put(m, "randomCurrencySymbol", f -> f.resolve("currency.symbol"));
        put(m, "randomBitcoin", DynamicVariableCatalog::bitcoinAddress);

        // Business
        put(m, "randomCompanyName", f -> f.company().name());
        put(m, "randomCompanySuffix", f -> f.company().suffix());
        put(m, "randomBs", f -> f.company().bs());
        put(m, "randomBsAdjective", f -> pickFromGroup(f, "company.bs", 1));
        put(m, "randomBsBuzz", f -> pickFromGroup(f, "company.bs", 0));
        put(m, "randomBsNoun", f -> pickFromGroup(f, "company.bs", 2));

        // Catchphrases
        put(m, "randomCatchPhrase", f -> f.company().catchPhrase());
        put(m, "randomCatchPhraseAdjective", f -> pickFromGroup(f, "company.buzzwords", 0));
        put(m, "randomCatchPhraseDescriptor", f -> pickFromGroup(f, "company.buzzwords", 1));
        put(m, "randomCatchPhraseNoun", f -> pickFromGroup(f, "company.buzzwords", 2));

        // Databases
        put(m, "randomDatabaseColumn", f -> pick(f, DATABASE_COLUMNS));
        put(m, "randomDatabaseType", f -> pick(f, DATABASE_TYPES));
        put(m, "randomDatabaseCollation", f -> pick(f, DATABASE_COLLATIONS));
        put(m, "randomDatabaseEngine", f -> pick(f, DATABASE_ENGINES));

        // Dates
        put(m, "randomDateFuture", f -> jsDate(f.timeAndDate().future(365, TimeUnit.DAYS)));
        put(m, "randomDatePast", f -> jsDate(f.timeAndDate().past(365, TimeUnit.DAYS)));
        put(m, "randomDateRecent", f -> jsDate(f.timeAndDate().past(1, TimeUnit.DAYS)));
        put(m, "randomWeekday",
                f -> DayOfWeek.of(f.random().nextInt(1, 7)).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        put(m, "randomMonth", f -> Month.of(f.random().nextInt(1, 12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH));

        // Domains, emails and usernames
        put(m, "randomDomainName", f -> f.internet().domainName());
        put(m, "randomDomainSuffix", f -> f.internet().domainSuffix());
        put(m, "randomDomainWord", f -> f.internet().domainWord());
        put(m, "randomEmail", f -> f.internet().emailAddress());
        put(m, "randomExampleEmail", f -> f.internet().safeEmailAddress());
        put(m, "randomUserName", f -> f.internet().username());
        put(m, "randomUrl", f -> f.options().option("http", "https") + "://" + f.internet().domainName());

        // Files and directories
        put(m, "randomFileName", f -> fileStem(f) + "." + f.file().extension());
        put(m, "randomFileType", f -> f.file().mimeType().split("/", 2)[0]);
        put(m, "randomFileExt", f -> f.file().extension());
        put(m, "randomCommonFileName", f -> fileStem(f) + "." + pick(f, COMMON_FILE_EXTENSIONS));
        put(m, "randomCommonFileType", f -> pick(f, COMMON_FILE_TYPES));
        put(m, "randomCommonFileExt", f -> pick(f, COMMON_FILE_EXTENSIONS));
        put(m, "randomFilePath", f -> pick(f, DIRECTORY_PATHS) + "/" + fileStem(f) + "." + f.file().extension());
        put(m, "randomDirectoryPath", f -> pick(f, DIRECTORY_PATHS));
        put(m, "randomMimeType", f -> f.file().mimeType());

        // Stores
        put(m, "randomPrice", f -> String.format(Locale.ROOT, "%.2f", f.random().nextDouble(0, 1000)));
        put(m, "randomProduct", f -> f.resolve("commerce.product_name.product"));
        put(m, "randomProductAdjective", f -> f.resolve("commerce.product_name.adjective"));
        put(m, "randomProductMaterial", f -> f.resolve("commerce.product_name.material"));
        put(m, "randomProductName", f -> f.commerce().productName());
        put(m, "randomDepartment", f -> f.resolve("commerce.department"));

        // Grammar
        put(m, "randomNoun", f -> f.hacker().noun());
        put(m, "randomVerb", f -> f.hacker().verb());
        put(m, "randomIngverb", f -> f.hacker().ingverb());
        put(m, "randomAdjective", f -> f.hacker().adjective());
        put(m, "randomWord", DynamicVariableCatalog::randomWord);
        put(m, "randomWords", f -> randomWords(f, f.random().nextInt(2, 5)));
        put(m, "randomPhrase", DynamicVariableCatalog::hackerPhrase);

        // Lorem ipsum
        put(m, "randomLoremWord", f -> f.lorem().word());
        put(m, "randomLoremWords", f -> String.join(" ", f.lorem().words(3)));
        put(m, "randomLoremSentence", f -> f.lorem().sentence());
        put(m, "randomLoremSentences", f -> String.join(" ", f.lorem().sentences(f.random().nextInt(2, 6))));
        put(m, "randomLoremParagraph", f -> f.lorem().paragraph());
        // Postman separates paragraphs and lines with line breaks; these two values are multi-line on purpose.
        put(m, "randomLoremParagraphs", f -> String.join("\n", f.lorem().paragraphs(3)));
        put(m, "randomLoremText", DynamicVariableCatalog::loremText);
        put(m, "randomLoremSlug", f -> String.join("-", f.lorem().words(3)));
        put(m, "randomLoremLines", f -> String.join("\n", f.lorem().sentences(f.random().nextInt(1, 5))));

        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Function<Faker, String>> map, String name, Function<Faker, String> generator) {
        if (map.put(name, generator) != null) {
            throw new IllegalStateException("Duplicate dynamic variable: " + name);
        }
    }

    private static String pick(Faker faker, List<String> values) {
        return values.get(faker.random().nextInt(values.size()));
    }

    private static char randomChar(Faker faker, String alphabet) {
        return alphabet.charAt(faker.random().nextInt(alphabet.length()));
    }

    /** Picks one entry of the {@code group}-th sub-list of a Datafaker list-of-lists key (e.g. company.bs). */
    private static String pickFromGroup(Faker faker, String key, int group) {
        List<List<String>> groups = faker.fakeValuesService().fetchObject(key, faker.getContext());
        return pick(faker, groups.get(group));
    }

    /** US style 10-digit number, e.g. 700-208-5275 (area code and exchange never start with 0 or 1). */
    private static String phoneNumber(Faker faker) {
        return faker.random().nextInt(2, 9) + faker.number().digits(2) + "-"
                + faker.random().nextInt(2, 9) + faker.number().digits(2) + "-"
                + faker.number().digits(4);
    }

    private static String fourDecimals(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String jsDate(Instant instant) {
        return JS_DATE.format(instant) + JS_DATE_ZONE_SUFFIX;
    }

    /** Pay-to-pubkey-hash or pay-to-script-hash style address: '1' or '3' followed by Base58 characters. */
    private static String bitcoinAddress(Faker faker) {
        int length = faker.random().nextInt(26, 34);
        StringBuilder sb = new StringBuilder(length).append(faker.random().nextBoolean() ? '1' : '3');
        while (sb.length() < length) {
            sb.append(randomChar(faker, BASE58));
        }
        return sb.toString();
    }

    private static String svgDataUri(int width, int height) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width
                + "\" height=\"" + height + "\"><rect width=\"100%\" height=\"100%\" fill=\"grey\"/>"
                + "<text x=\"0\" y=\"20\" font-size=\"20\" text-anchor=\"start\" fill=\"white\">"
                + width + "x" + height + "</text></svg>";
        return "data:image/svg+xml;charset=UTF-8," + URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A single token taken from one of several vocabularies (department, buzzword, hacker noun, country ...). */
    private static String randomWord(Faker faker) {
        String source = WORD_SOURCES.get(faker.random().nextInt(WORD_SOURCES.size())).apply(faker);
        String[] tokens = source.trim().split("\\s+");
        return tokens[faker.random().nextInt(tokens.length)];
    }

    private static String randomWords(Faker faker, int count) {
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(randomWord(faker));
        }
        return String.join(" ", words);
    }

    /** Lower-case words joined by underscores, e.g. "rustic_plastic_tuna". */
    private static String fileStem(Faker faker) {
        String words = randomWords(faker, faker.random().nextInt(1, 3)).toLowerCase(Locale.ROOT);
        return words.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    private static String hackerPhrase(Faker faker) {
        String abbreviation = faker.hacker().abbreviation();
        String adjective = faker.hacker().adjective();
        String noun = faker.hacker().noun();
        String otherNoun = faker.hacker().noun();
        String verb = faker.hacker().verb();
        String otherVerb = faker.hacker().verb();
        return switch (faker.random().nextInt(0, 4)) {
            case 0 -> "Try to " + verb + " the " + abbreviation + " " + noun + ", maybe it will " + otherVerb
                    + " the " + adjective + " " + otherNoun + "!";
            case 1 -> capitalize(faker.hacker().ingverb()) + " the " + noun + " is pointless, we have to " + verb
                    + " the " + adjective + " " + abbreviation + " " + otherNoun + "!";
            case 2 -> "The " + abbreviation + " " + noun + " is down, " + verb + " the " + adjective + " "
                    + otherNoun + " so we can " + otherVerb + " it!";
            case 3 -> "I'll " + verb + " the " + adjective + " " + abbreviation + " " + noun + ", that should "
                    + otherVerb + " the " + otherNoun + "!";
            default -> "Use the " + adjective + " " + abbreviation + " " + noun + ", then " + verb + " the "
                    + otherNoun + "!";
        };
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A random single-line amount of lorem ipsum: a sentence, a few sentences or a paragraph. */
    private static String loremText(Faker faker) {
        return switch (faker.random().nextInt(0, 2)) {
            case 0 -> faker.lorem().sentence();
            case 1 -> String.join(" ", faker.lorem().sentences(faker.random().nextInt(2, 6)));
            default -> faker.lorem().paragraph();
        };
    }
}
