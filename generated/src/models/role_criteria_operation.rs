//! `RoleCriteriaOperation`, from `v3/schemas/access/RoleCriteriaOperation.yaml`.
crate::string_enum! {
    #[doc = " An operation"] pub enum RoleCriteriaOperation { #[doc = " `EQUALS`"] Equals
    = "EQUALS", #[doc = " `NOT_EQUALS`"] NotEquals = "NOT_EQUALS", #[doc = " `CONTAINS`"]
    Contains = "CONTAINS", #[doc = " `DOES_NOT_CONTAIN`"] DoesNotContain =
    "DOES_NOT_CONTAIN", #[doc = " `STARTS_WITH`"] StartsWith = "STARTS_WITH", #[doc =
    " `ENDS_WITH`"] EndsWith = "ENDS_WITH", #[doc = " `GREATER_THAN`"] GreaterThan =
    "GREATER_THAN", #[doc = " `LESS_THAN`"] LessThan = "LESS_THAN", #[doc =
    " `GREATER_THAN_EQUALS`"] GreaterThanEquals = "GREATER_THAN_EQUALS", #[doc =
    " `LESS_THAN_EQUALS`"] LessThanEquals = "LESS_THAN_EQUALS", #[doc = " `AND`"] And =
    "AND", #[doc = " `OR`"] Or = "OR", }
}
