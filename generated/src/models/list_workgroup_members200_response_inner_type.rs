//! `ListWorkgroupMembers200ResponseInnerType`, from `beta/paths/workgroups/workgroup-members.yaml#/get`.
crate::string_enum! {
    #[doc = " Workgroup member identity DTO type."] pub enum
    ListWorkgroupMembers200ResponseInnerType { #[doc = " `IDENTITY`"] Identity =
    "IDENTITY", }
}
