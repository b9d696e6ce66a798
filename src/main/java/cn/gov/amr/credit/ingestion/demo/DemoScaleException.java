package cn.gov.amr.credit.ingestion.demo;

/**
 * The demo departments' files hold exactly the seed's figures (175,678 accepted records): a city so
 * large that its annual reports alone leave no room for the other records cannot have them.
 */
class DemoScaleException extends IllegalStateException {

    DemoScaleException(int annualReports) {
        super("the city's " + annualReports + " annual reports leave no room for the seed's other records");
    }
}
