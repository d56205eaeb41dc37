//! `AccessConstraintOperator`, from `beta/schemas/AccessConstraint.yaml`.
crate::string_enum! {
    #[doc =
    " Used to determine whether the scope of the campaign should be reduced for selected ids or all."]
    pub enum AccessConstraintOperator { #[doc = " `ALL`"] All = "ALL", #[doc =
    " `SELECTED`"] Selected = "SELECTED", }
}
