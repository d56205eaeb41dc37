//! `ScheduledAttributesFrequency`, from `beta/schemas/workflows/trigger-attributes/ScheduledAttributes.yaml`.
crate::string_enum! {
    #[doc = " Frequency of execution"] pub enum ScheduledAttributesFrequency { #[doc =
    " `daily`"] Daily = "daily", #[doc = " `weekly`"] Weekly = "weekly", #[doc =
    " `monthly`"] Monthly = "monthly", #[doc = " `yearly`"] Yearly = "yearly", #[doc =
    " `cronSchedule`"] CronSchedule = "cronSchedule", }
}
