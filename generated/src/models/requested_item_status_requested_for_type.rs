//! `RequestedItemStatusRequestedForType`, from `v3/schemas/RequestedItemStatus.yaml`.
crate::string_enum! {
    #[doc = " Type of the object to which this reference applies"] pub enum
    RequestedItemStatusRequestedForType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
