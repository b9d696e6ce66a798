package cn.gov.amr.credit.registry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.gov.amr.credit.registry.model.EntityDraft;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.IdType;
import cn.gov.amr.credit.registry.LegalRepresentative;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;

/** The fields of the entity form, all as text, so that any input comes back to the form with its message. */
public class EntityForm {

    private String code;
    private String name;
    private String formerNames;
    private EntityKind kind;
    private String representativeName;
    private IdType idType;
    private String idNumber;
    private String registrationNumber;
    private String organisationCode;
    private String registeredCapital;
    private String establishedOn;
    private String authority;
    private EntityStatus status = EntityStatus.ACTIVE;
    private String address;
    private String town;
    private String regionCode;
    private String industryCode;
    private String businessScope;
    private String jurisdiction;
    private int version;

    static EntityForm of(MarketEntity e) {
        var form = new EntityForm();
        form.code = e.code();
        form.name = e.name();
        form.formerNames = String.join("\n", e.formerNames());
        form.kind = e.kind();
        if (e.legalRepresentative() != null) {
            form.representativeName = e.legalRepresentative().name();
            form.idType = e.legalRepresentative().idType();
            form.idNumber = e.legalRepresentative().idNumber();
        }
        form.registrationNumber = e.registrationNumber();
        form.organisationCode = e.organisationCode();
        form.registeredCapital = e.registeredCapital() == null ? null : e.registeredCapital().stripTrailingZeros().toPlainString();
        form.establishedOn = e.establishedOn() == null ? null : e.establishedOn().toString();
        form.authority = e.authority();
        form.status = e.status();
        form.address = e.address();
        form.town = e.town();
        form.regionCode = e.regionCode();
        form.industryCode = e.industryCode();
        form.businessScope = e.businessScope();
        form.jurisdiction = e.jurisdiction();
        form.version = e.version();
        return form;
    }

    /** The draft, or problems with fields that are not even numbers or dates. */
    EntityDraft toDraft(List<FieldProblem> problems) {
        BigDecimal capital = null;
        if (registeredCapital != null && !registeredCapital.isBlank()) {
            try {
                capital = new BigDecimal(registeredCapital.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("$.registeredCapital", "NUMBER_FORMAT"));
            }
        }
        LocalDate date = null;
        if (establishedOn != null && !establishedOn.isBlank()) {
            try {
                date = LocalDate.parse(establishedOn.strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("$.establishedOn", "DATE_FORMAT"));
            }
        }
        List<String> former = formerNames == null ? List.of() : new ArrayList<>(Arrays.stream(formerNames.split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        var representative = new LegalRepresentative(representativeName, idType, idNumber);
        return new EntityDraft(code, name, kind, representative, registrationNumber, organisationCode, former, capital,
                date, authority, status, address, town, regionCode, industryCode, businessScope, jurisdiction);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFormerNames() { return formerNames; }
    public void setFormerNames(String formerNames) { this.formerNames = formerNames; }
    public EntityKind getKind() { return kind; }
    public void setKind(EntityKind kind) { this.kind = kind; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String representativeName) { this.representativeName = representativeName; }
    public IdType getIdType() { return idType; }
    public void setIdType(IdType idType) { this.idType = idType; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
    public String getOrganisationCode() { return organisationCode; }
    public void setOrganisationCode(String organisationCode) { this.organisationCode = organisationCode; }
    public String getRegisteredCapital() { return registeredCapital; }
    public void setRegisteredCapital(String registeredCapital) { this.registeredCapital = registeredCapital; }
    public String getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(String establishedOn) { this.establishedOn = establishedOn; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public EntityStatus getStatus() { return status; }
    public void setStatus(EntityStatus status) { this.status = status; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String industryCode) { this.industryCode = industryCode; }
    public String getBusinessScope() { return businessScope; }
    public void setBusinessScope(String businessScope) { this.businessScope = businessScope; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
