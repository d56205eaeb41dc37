//! `DateCompare`, from `v3/schemas/transforms/DateCompare.yaml`.

use crate::models::{
    DateCompareFirstDate, DateCompareOperator, DateCompareSecondDate, Input,
    RequiresPeriodicRefresh,
};

/// `DateCompare` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DateCompare {
    /// This is the first date to consider (The date that would be on the left hand side of the comparison operation).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "firstDate", default, skip_serializing_if = "Option::is_none")]
    pub first_date: Option<DateCompareFirstDate>,
    /// This is the second date to consider (The date that would be on the right hand side of the comparison operation).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "secondDate", default, skip_serializing_if = "Option::is_none")]
    pub second_date: Option<DateCompareSecondDate>,
    /// This is the comparison to perform.
    /// | Operation | Description |
    /// | --------- | ------- |
    /// | LT        | Strictly less than: `firstDate < secondDate` |
    /// | LTE       | Less than or equal to: `firstDate <= secondDate` |
    /// | GT        | Strictly greater than: `firstDate > secondDate` |
    /// | GTE       | Greater than or equal to: `firstDate >= secondDate` |
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<DateCompareOperator>,
    /// The output of the transform if the expression evalutes to true
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "positiveCondition",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub positive_condition: String,
    /// The output of the transform if the expression evalutes to false
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(
        rename = "negativeCondition",
        default,
        deserialize_with = "crate::lenient::string"
    )]
    pub negative_condition: String,
    #[serde(
        rename = "requiresPeriodicRefresh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_periodic_refresh: Option<RequiresPeriodicRefresh>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DateCompare {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        first_date: DateCompareFirstDate,
        second_date: DateCompareSecondDate,
        operator: DateCompareOperator,
        positive_condition: impl Into<String>,
        negative_condition: impl Into<String>,
    ) -> Self {
        DateCompare {
            first_date: Some(first_date),
            second_date: Some(second_date),
            operator: Some(operator),
            positive_condition: positive_condition.into(),
            negative_condition: negative_condition.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}
