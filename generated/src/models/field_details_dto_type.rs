//! `FieldDetailsDtoType`, from `v3/schemas/FieldDetailsDto.yaml`.
crate::string_enum! {
    #[doc = " The type of the attribute."] #[doc = " "] #[doc =
    " string: For text-based data."] #[doc = " "] #[doc = " int: For whole numbers."]
    #[doc = " "] #[doc = " long: For larger whole numbers."] #[doc = " "] #[doc =
    " date: For date and time values."] #[doc = " "] #[doc =
    " boolean: For true/false values."] #[doc = " "] #[doc =
    " secret: For sensitive data like passwords, which will be masked and encrypted."]
    pub enum FieldDetailsDtoType { #[doc = " `string`"] String = "string", #[doc =
    " `int`"] Int = "int", #[doc = " `long`"] Long = "long", #[doc = " `date`"] Date =
    "date", #[doc = " `boolean`"] Boolean = "boolean", #[doc = " `secret`"] Secret =
    "secret", }
}
