package cn.gov.amr.credit.demo.city;

import java.util.List;
import java.util.Random;

import cn.gov.amr.credit.registry.EntityKind;

/** The demo city's words, ready to draw from. */
final class Vocabulary {

    /** One industry of the mix: GB/T 4754 section and division, name words, shop words, business scope. */
    record Industry(String division, String section, List<String> words, List<String> shops, String scope) {
    }

    final List<String> surnames;
    final List<String> given;
    final List<String> brand;
    final List<String> roads;
    final List<String> cooperativeWords;
    final List<String> representativeRegions;
    final Weighted<String> forms = new Weighted<>();
    final Weighted<String[]> towns = new Weighted<>();
    private final Weighted<Industry> enterprises = new Weighted<>();
    private final Weighted<Industry> individuals = new Weighted<>();
    private final Weighted<Industry> cooperatives = new Weighted<>();
    private final String city;
    private final String cooperativeSuffix;
    private final String ownerMark;
    final String houseNumber;

    Vocabulary(CityWords words) {
        surnames = words.items("surnames");
        given = words.items("given");
        brand = words.items("brand");
        roads = words.items("roads");
        cooperativeWords = words.items("cooperative-words");
        representativeRegions = words.items("representative-regions");
        city = words.single("city");
        cooperativeSuffix = words.single("cooperative-suffix");
        ownerMark = words.single("owner-mark");
        houseNumber = words.single("house-number");
        words.rows("enterprise-forms").forEach(r -> forms.add(r[0], Integer.parseInt(r[1])));
        words.rows("towns").forEach(r -> towns.add(r, Integer.parseInt(r[1])));
        for (String[] r : words.rows("industries")) {
            var industry = new Industry(r[0], r[1], List.of(r[5].split(" ")), List.of(r[6].split(" ")), r[7]);
            enterprises.add(industry, Integer.parseInt(r[2]));
            individuals.add(industry, Integer.parseInt(r[3]));
            cooperatives.add(industry, Integer.parseInt(r[4]));
        }
    }

    Industry industry(EntityKind kind, Random random) {
        return switch (kind) {
            case ENTERPRISE -> enterprises.pick(random);
            case COOPERATIVE -> cooperatives.pick(random);
            default -> individuals.pick(random);
        };
    }

    String name(EntityKind kind, Industry industry, String town, Random random) {
        String first = one(brand, random);
        String second = one(brand, random);
        String brandName = first + (second.equals(first) ? one(brand, random) : second);
        return switch (kind) {
            case ENTERPRISE -> (random.nextInt(10) == 0 ? "" : city) + brandName + one(industry.words(), random)
                    + forms.pick(random);
            case COOPERATIVE -> city + (random.nextBoolean() ? town : brandName) + one(cooperativeWords, random)
                    + cooperativeSuffix;
            default -> city + (random.nextInt(3) == 0 ? town : "") + (random.nextInt(4) == 0
                    ? one(surnames, random) + ownerMark : brandName) + one(industry.shops(), random);
        };
    }

    String personName(Random random) {
        return one(surnames, random) + one(given, random) + (random.nextInt(3) == 0 ? "" : one(given, random));
    }

    String road(Random random) {
        return one(roads, random);
    }

    static String one(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
