//! `WorkgroupConnectionDtoConnectionType`, from `beta/schemas/workgroups/WorkgroupConnectionDto.yaml`.
crate::string_enum! {
    #[doc = " Connection Type."] pub enum WorkgroupConnectionDtoConnectionType { #[doc =
    " `AccessRequestReviewer`"] AccessRequestReviewer = "AccessRequestReviewer", #[doc =
    " `Owner`"] Owner = "Owner", #[doc = " `ManagementWorkgroup`"] ManagementWorkgroup =
    "ManagementWorkgroup", }
}
