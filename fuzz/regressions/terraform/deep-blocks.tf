dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
dynamic {
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
