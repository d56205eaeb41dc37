//! `ExampleInputAccessItemRequestedForDtoType`, from `beta/schemas/trigger/example-input/AccessItemRequestedForDto.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the identity whom the access item is requested for."] pub enum
    ExampleInputAccessItemRequestedForDtoType { #[doc = " `IDENTITY`"] Identity =
    "IDENTITY", }
}
