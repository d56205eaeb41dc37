//! `Datecompare`, from `apis/sources/schemas/datecompare.yaml`.

use crate::models::{
    DatecompareFirstDate, DatecompareOperator, DatecompareSecondDate, Input,
    Requiresperiodicrefresh,
};

/// `Datecompare` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Datecompare {
    /// This is the first date to consider (The date that would be on the left hand side of the comparison operation).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "firstDate", skip_serializing_if = "Option::is_none")]
    pub first_date: Option<DatecompareFirstDate>,
    /// This is the second date to consider (The date that would be on the right hand side of the comparison operation).
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "secondDate", skip_serializing_if = "Option::is_none")]
    pub second_date: Option<DatecompareSecondDate>,
    /// This is the comparison to perform.
    /// | Operation | Description |
    /// | --------- | ------- |
    /// | LT        | Strictly less than: `firstDate < secondDate` |
    /// | LTE       | Less than or equal to: `firstDate <= secondDate` |
    /// | GT        | Strictly greater than: `firstDate > secondDate` |
    /// | GTE       | Greater than or equal to: `firstDate >= secondDate` |
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<DatecompareOperator>,
    /// The output of the transform if the expression evalutes to true
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "positiveCondition")]
    pub positive_condition: String,
    /// The output of the transform if the expression evalutes to false
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "negativeCondition")]
    pub negative_condition: String,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Datecompare {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        first_date: DatecompareFirstDate,
        second_date: DatecompareSecondDate,
        operator: DatecompareOperator,
        positive_condition: impl Into<String>,
        negative_condition: impl Into<String>,
    ) -> Self {
        Datecompare {
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

impl<'de> serde::Deserialize<'de> for Datecompare {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Datecompare {
    const NAME: &'static str = "Datecompare";

    #[inline]
    fn empty() -> Self {
        Datecompare {
            first_date: None,
            second_date: None,
            operator: None,
            positive_condition: Default::default(),
            negative_condition: Default::default(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "firstDate" => self.first_date = map.next_value()?,
            "secondDate" => self.second_date = map.next_value()?,
            "operator" => self.operator = map.next_value()?,
            "positiveCondition" => {
                self.positive_condition = map.next_value_seed(crate::lenient::Text)?;
            }
            "negativeCondition" => {
                self.negative_condition = map.next_value_seed(crate::lenient::Text)?;
            }
            "requiresPeriodicRefresh" => {
                self.requires_periodic_refresh = map.next_value()?;
            }
            "input" => self.input = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
