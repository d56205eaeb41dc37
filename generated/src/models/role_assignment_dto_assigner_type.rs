//! `RoleAssignmentDtoAssignerType`, from `beta/schemas/RoleAssignmentDto.yaml`.
crate::string_enum! {
    #[doc = " Object type"] pub enum RoleAssignmentDtoAssignerType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", #[doc = " `UNKNOWN`"] UnknownValue = "UNKNOWN",
    }
}
