//! `BulkWorkgroupMembersRequestInnerType`, from `beta/schemas/workgroups/BulkWorkgroupMembersRequest.yaml`.
crate::string_enum! {
    #[doc = " Identity's DTO type."] pub enum BulkWorkgroupMembersRequestInnerType {
    #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
