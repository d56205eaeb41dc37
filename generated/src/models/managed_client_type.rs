//! `ManagedClientType`, from `beta/schemas/ManagedClientType.yaml`.
crate::string_enum! {
    #[doc = " Managed Client type"] pub enum ManagedClientType { #[doc = " `CCG`"] Ccg =
    "CCG", #[doc = " `VA`"] Va = "VA", #[doc = " `INTERNAL`"] Internal = "INTERNAL",
    #[doc = " `IIQ_HARVESTER`"] IiqHarvester = "IIQ_HARVESTER", }
}
