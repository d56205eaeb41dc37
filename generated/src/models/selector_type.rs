//! `SelectorType`, from `v3/schemas/schedule/SelectorType.yaml`.
crate::string_enum! {
    #[doc = " Enum representing the currently supported selector types."] #[doc = " "]
    #[doc = " LIST - the *values* array contains one or more distinct values."] #[doc =
    " "] #[doc =
    " RANGE - the *values* array contains two values: the start and end of the range, inclusive."]
    #[doc = " "] #[doc = " Additional values may be added in the future without notice."]
    pub enum SelectorType { #[doc = " `LIST`"] List = "LIST", #[doc = " `RANGE`"] Range =
    "RANGE", }
}
