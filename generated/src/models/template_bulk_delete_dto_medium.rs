//! `TemplateBulkDeleteDtoMedium`, from `beta/schemas/TemplateBulkDeleteDto.yaml`.
crate::string_enum! {
    #[doc = " The notification medium (EMAIL, SLACK, or TEAMS)"] pub enum
    TemplateBulkDeleteDtoMedium { #[doc = " `EMAIL`"] Email = "EMAIL", #[doc =
    " `SLACK`"] Slack = "SLACK", #[doc = " `TEAMS`"] Teams = "TEAMS", }
}
