//! `Accountattribute`, from `apis/sources/schemas/accountattribute.yaml`.

use crate::models::{Input, Requiresperiodicrefresh};

/// `Accountattribute` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accountattribute {
    /// A reference to the source to search for the account
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceName")]
    pub source_name: String,
    /// The name of the attribute on the account to return. This should match the name of the account attribute name visible in the user interface, or on the source schema.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
    /// The value of this configuration is a string name of the attribute to use when determining the ordering of returned accounts when there are multiple entries
    #[serde(rename = "accountSortAttribute", skip_serializing_if = "Option::is_none")]
    pub account_sort_attribute: Option<String>,
    /// The value of this configuration is a boolean (true/false). Controls the order of the sort when there are multiple accounts. If not defined, the transform will default to false (ascending order)
    #[serde(rename = "accountSortDescending", skip_serializing_if = "Option::is_none")]
    pub account_sort_descending: Option<bool>,
    /// The value of this configuration is a boolean (true/false). Controls which account to source a value from for an attribute.  If this flag is set to true, the transform returns the value from the first account in the list, even if it is null. If it is set to false, the transform returns the first non-null value. If not defined, the transform will default to false
    #[serde(rename = "accountReturnFirstLink", skip_serializing_if = "Option::is_none")]
    pub account_return_first_link: Option<bool>,
    /// This expression queries the database to narrow search results. The value of this configuration is a sailpoint.object.Filter expression and used when searching against the database.  The default filter will always include the source and identity, and any subsequent expressions will be combined in an AND operation to the existing search criteria.
    /// Only certain searchable attributes are available:  - `nativeIdentity` - the Account ID  - `displayName` - the Account Name  - `entitlements` - a boolean value to determine if the account has entitlements
    #[serde(rename = "accountFilter", skip_serializing_if = "Option::is_none")]
    pub account_filter: Option<String>,
    /// This expression is used to search and filter accounts in memory. The value of this configuration is a sailpoint.object.Filter expression and used when searching against the returned resultset.
    ///
    /// All account attributes are available for filtering as this operation is performed in memory.
    #[serde(rename = "accountPropertyFilter", skip_serializing_if = "Option::is_none")]
    pub account_property_filter: Option<String>,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accountattribute {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        source_name: impl Into<String>,
        attribute_name: impl Into<String>,
    ) -> Self {
        Accountattribute {
            source_name: source_name.into(),
            attribute_name: attribute_name.into(),
            account_sort_attribute: None,
            account_sort_descending: None,
            account_return_first_link: None,
            account_filter: None,
            account_property_filter: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accountattribute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accountattribute {
    const NAME: &'static str = "Accountattribute";

    #[inline]
    fn empty() -> Self {
        Accountattribute {
            source_name: Default::default(),
            attribute_name: Default::default(),
            account_sort_attribute: None,
            account_sort_descending: None,
            account_return_first_link: None,
            account_filter: None,
            account_property_filter: None,
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
            "sourceName" => self.source_name = map.next_value_seed(crate::lenient::Text)?,
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "accountSortAttribute" => {
                self.account_sort_attribute = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "accountSortDescending" => {
                self.account_sort_descending = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "accountReturnFirstLink" => {
                self.account_return_first_link = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "accountFilter" => {
                self.account_filter = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accountPropertyFilter" => {
                self.account_property_filter = map
                    .next_value_seed(crate::lenient::TextOption)?;
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
