//! `TemplateDtoDefaultMedium`, from `beta/schemas/TemplateDtoDefault.yaml`.
crate::string_enum! {
    #[doc = " The message medium. More mediums may be added in the future."] pub enum
    TemplateDtoDefaultMedium { #[doc = " `EMAIL`"] Email = "EMAIL", #[doc = " `SLACK`"]
    Slack = "SLACK", #[doc = " `TEAMS`"] Teams = "TEAMS", }
}
