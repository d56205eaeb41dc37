//! `ExceptionCriteriaCriteriaListInnerType`, from `beta/schemas/sod/models/ExceptionCriteria.yaml`.
crate::string_enum! {
    #[doc = " The type of object that is referenced"] pub enum
    ExceptionCriteriaCriteriaListInnerType { #[doc = " `ENTITLEMENT`"] Entitlement =
    "ENTITLEMENT", }
}
