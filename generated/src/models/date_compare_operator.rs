//! `DateCompareOperator`, from `v3/schemas/transforms/DateCompare.yaml`.
crate::string_enum! {
    #[doc = " This is the comparison to perform."] #[doc =
    " | Operation | Description |"] #[doc = " | --------- | ------- |"] #[doc =
    " | LT        | Strictly less than: `firstDate < secondDate` |"] #[doc =
    " | LTE       | Less than or equal to: `firstDate <= secondDate` |"] #[doc =
    " | GT        | Strictly greater than: `firstDate > secondDate` |"] #[doc =
    " | GTE       | Greater than or equal to: `firstDate >= secondDate` |"] pub enum
    DateCompareOperator { #[doc = " `LT`"] Lt = "LT", #[doc = " `LTE`"] Lte = "LTE",
    #[doc = " `GT`"] Gt = "GT", #[doc = " `GTE`"] Gte = "GTE", }
}
