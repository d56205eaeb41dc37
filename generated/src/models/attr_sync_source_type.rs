//! `AttrSyncSourceType`, from `v3/schemas/AttrSyncSource.yaml`.
crate::string_enum! {
    #[doc = " DTO type of target source for attribute synchronization."] pub enum
    AttrSyncSourceType { #[doc = " `SOURCE`"] Source = "SOURCE", }
}
