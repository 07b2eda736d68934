// syntax: opening brace on the next line
package main

func main()
{
}
