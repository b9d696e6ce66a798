package cn.gov.amr.credit.demo.departments;

/**
 * The demo departments' files hold exactly the seed's figures (175,678 accepted records): a city so
 * large that its annual reports leave too little room for the other records (or for the seed's figures
 * of January to August 2022 among them) cannot have them.
 */
class DemoScaleException extends IllegalStateException {

    DemoScaleException(int annualReports) {
        this("the city's " + annualReports + " annual reports leave no room for the seed's other records");
    }

    DemoScaleException(String reason) {
        super(reason);
    }
}
