//! `ProvisioningCriteriaOperation`, from `v3/schemas/access/ProvisioningCriteriaOperation.yaml`.
crate::string_enum! {
    #[doc = " Supported operations on `ProvisioningCriteria`."] pub enum
    ProvisioningCriteriaOperation { #[doc = " `EQUALS`"] Equals = "EQUALS", #[doc =
    " `NOT_EQUALS`"] NotEquals = "NOT_EQUALS", #[doc = " `CONTAINS`"] Contains =
    "CONTAINS", #[doc = " `HAS`"] Has = "HAS", #[doc = " `AND`"] And = "AND", #[doc =
    " `OR`"] Or = "OR", }
}
