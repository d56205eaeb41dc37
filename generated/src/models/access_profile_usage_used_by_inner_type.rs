//! `AccessProfileUsageUsedByInnerType`, from `v3/schemas/access/AccessProfileUsage.yaml`.
crate::string_enum! {
    #[doc = " DTO type of role using the access profile."] pub enum
    AccessProfileUsageUsedByInnerType { #[doc = " `ROLE`"] Role = "ROLE", }
}
