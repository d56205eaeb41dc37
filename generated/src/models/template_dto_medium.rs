//! `TemplateDtoMedium`, from `beta/schemas/TemplateDto.yaml`.
crate::string_enum! {
    #[doc = " The message medium. More mediums may be added in the future."] pub enum
    TemplateDtoMedium { #[doc = " `EMAIL`"] Email = "EMAIL", #[doc = " `SLACK`"] Slack =
    "SLACK", #[doc = " `TEAMS`"] Teams = "TEAMS", }
}
