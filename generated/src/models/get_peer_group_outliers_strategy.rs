//! `GetPeerGroupOutliersStrategy`, from `beta/paths/peer-group-strategies.yaml#/get`.
crate::string_enum! {
    #[doc = " `GetPeerGroupOutliersStrategy` as the spec defines it."] pub enum
    GetPeerGroupOutliersStrategy { #[doc = " `entitlement`"] Entitlement = "entitlement",
    }
}
