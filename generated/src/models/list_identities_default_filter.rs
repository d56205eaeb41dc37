//! `ListIdentitiesDefaultFilter`, from `beta/paths/identities.yaml#/get`.
crate::string_enum! {
    #[doc = " `ListIdentitiesDefaultFilter` as the spec defines it."] pub enum
    ListIdentitiesDefaultFilter { #[doc = " `CORRELATED_ONLY`"] CorrelatedOnly =
    "CORRELATED_ONLY", #[doc = " `NONE`"] None = "NONE", }
}
