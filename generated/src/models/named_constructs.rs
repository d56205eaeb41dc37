//! `NamedConstructs`, from `v3/schemas/transforms/date-formats/namedConstructs.yaml`.
crate::string_enum! {
    #[doc = " | Construct       | Date Time Pattern | Description |"] #[doc =
    " | ---------       | ----------------- | ----------- |"] #[doc =
    " | ISO8601         | `yyyy-MM-dd'T'HH:mm:ss.SSSX` | The ISO8601 standard. |"] #[doc
    = " | LDAP            | `yyyyMMddHHmmss.Z`           | The LDAP standard.    |"]
    #[doc =
    " | PEOPLE_SOFT     | `MM/dd/yyyy`                 | The date format People Soft uses. |"]
    #[doc =
    " | EPOCH_TIME_JAVA | # ms from midnight, January 1st, 1970 | The incoming date value as elapsed time in milliseconds from midnight, January 1st, 1970. |"]
    #[doc =
    " | EPOCH_TIME_WIN32| # intervals of 100ns from midnight, January 1st, 1601 | The incoming date value as elapsed time in 100-nanosecond intervals from midnight, January 1st, 1601. |"]
    pub enum NamedConstructs { #[doc = " `ISO8601`"] Iso8601 = "ISO8601", #[doc =
    " `LDAP`"] Ldap = "LDAP", #[doc = " `PEOPLE_SOFT`"] PeopleSoft = "PEOPLE_SOFT", #[doc
    = " `EPOCH_TIME_JAVA`"] EpochTimeJava = "EPOCH_TIME_JAVA", #[doc =
    " `EPOCH_TIME_WIN32`"] EpochTimeWin32 = "EPOCH_TIME_WIN32", }
}
