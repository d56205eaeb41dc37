//! `FormDefinitionSelfImportExportDtoType`, from `beta/schemas/forms/FormDefinitionSelfImportExportDto.yaml`.
crate::string_enum! {
    #[doc = " Imported/exported object's DTO type."] pub enum
    FormDefinitionSelfImportExportDtoType { #[doc = " `FORM_DEFINITION`"] FormDefinition
    = "FORM_DEFINITION", }
}
