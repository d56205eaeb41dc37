//! `SendTestNotificationRequestDtoMedium`, from `beta/schemas/SendTestNotificationRequestDto.yaml`.
crate::string_enum! {
    #[doc = " The notification medium. Has to be one of the following enum values."] pub
    enum SendTestNotificationRequestDtoMedium { #[doc = " `EMAIL`"] Email = "EMAIL",
    #[doc = " `SLACK`"] Slack = "SLACK", #[doc = " `TEAMS`"] Teams = "TEAMS", }
}
