//! `AccessCriteriaCriteriaListInnerType`, from `beta/schemas/AccessCriteria.yaml`.
crate::string_enum! {
    #[doc = " DTO type"] pub enum AccessCriteriaCriteriaListInnerType { #[doc =
    " `ENTITLEMENT`"] Entitlement = "ENTITLEMENT", }
}
